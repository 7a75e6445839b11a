import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import '../../src/programme-finder/define.js';
import '../../src/goal-picker/define.js';
import { TaalProgrammeFinder } from '../../src/programme-finder/programme-finder.js';
import { TaalGoalPicker } from '../../src/goal-picker/goal-picker.js';
import {
  UPGRADED_ATTRIBUTE,
  stopWatchingDataWidgets,
  upgradeDataWidgets,
  widgetAttributes,
  widgetTag,
} from '../../src/shared/upgrade-data-widgets.js';

/** Lets the MutationObserver run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A detached container holding `markup`: detached, so no widget connects or fetches. */
function container(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = markup;
  return root;
}

describe('upgradeDataWidgets: the data-* fallback for editors that strip custom elements', () => {
  const roots: HTMLElement[] = [];
  const make = (markup: string) => {
    const root = container(markup);
    roots.push(root);
    return root;
  };
  afterEach(() => {
    for (const root of roots.splice(0)) {
      stopWatchingDataWidgets(root);
      root.remove();
    }
  });

  it('creates the finder inside the placeholder, with every data-* as an attribute and the id moved', () => {
    const root = make(
      '<div class="cms-wrapper" data-taal-widget="programme-finder" data-src="/feeds/aanbod.json" data-locale="ar" id="finder"></div>',
    );
    const created = upgradeDataWidgets(root);
    const placeholder = root.querySelector('.cms-wrapper')!;
    const widget = placeholder.firstElementChild!;

    expect(created).to.deep.equal([widget]);
    expect(widget.localName).to.equal('taal-programme-finder');
    expect(widget.getAttribute('src')).to.equal('/feeds/aanbod.json');
    expect(widget.getAttribute('locale')).to.equal('ar');
    expect(widget.id).to.equal('finder');
    expect(widget.hasAttribute('taal-widget')).to.equal(false);
    // The placeholder keeps the site's class (its wrapper styling), gives up its id, is marked.
    expect(placeholder.className).to.equal('cms-wrapper');
    expect(placeholder.hasAttribute('id')).to.equal(false);
    expect(placeholder.getAttribute(UPGRADED_ATTRIBUTE)).to.equal('taal-programme-finder');
  });

  it('copies any data-* attribute, including ones a later version adds, for every widget', () => {
    const root = make(`
      <div data-taal-widget="goal-picker" data-for="finder"></div>
      <div data-taal-widget="volunteer-form" data-src="aanbod.json" data-action="https://example.org/api"
           data-privacy-url="https://example.org/privacy" data-some-future-option="yes"></div>`);
    const [picker, form] = upgradeDataWidgets(root);
    expect(picker.localName).to.equal('taal-goal-picker');
    expect(picker.getAttribute('for')).to.equal('finder');
    expect(form.localName).to.equal('taal-volunteer-form');
    expect(form.getAttribute('action')).to.equal('https://example.org/api');
    expect(form.getAttribute('privacy-url')).to.equal('https://example.org/privacy');
    expect(form.getAttribute('some-future-option')).to.equal('yes');
    expect(form.getAttribute('src')).to.equal('aanbod.json');
  });

  it('never turns data-* into event handlers or inline styles (a sanitiser cannot be bypassed)', () => {
    const root = make(
      '<div data-taal-widget="programme-finder" data-onclick="alert(1)" data-onmouseover="x()" data-style="color:red" data-src="a.json"></div>',
    );
    const [widget] = upgradeDataWidgets(root);
    expect(widget.getAttributeNames().sort()).to.deep.equal(['src']);
    expect(widgetAttributes(root.firstElementChild!)).to.deep.equal([['src', 'a.json']]);
  });

  it('replaces what the placeholder held for visitors without JavaScript', () => {
    const root = make(
      '<div data-taal-widget="programme-finder"><p>Bekijk <a href="aanbod.html">ons aanbod</a>.</p></div>',
    );
    upgradeDataWidgets(root);
    const placeholder = root.firstElementChild!;
    expect(placeholder.children.length).to.equal(1);
    expect(placeholder.firstElementChild!.localName).to.equal('taal-programme-finder');
    expect(placeholder.textContent).to.equal('');
  });

  it('upgrades once, however often it runs (two copies of the script on one page)', () => {
    const root = make('<div data-taal-widget="programme-finder" id="finder"></div>');
    expect(upgradeDataWidgets(root)).to.have.length(1);
    expect(upgradeDataWidgets(root)).to.have.length(0);
    expect(upgradeDataWidgets(root, ['taal-programme-finder'])).to.have.length(0);
    expect(root.querySelectorAll('taal-programme-finder')).to.have.length(1);
    expect(root.querySelector('taal-programme-finder')!.id).to.equal('finder');
  });

  it('upgrades again when the mark survived but the widget did not (an editor saved the upgraded page)', () => {
    const root = make(`<div data-taal-widget="goal-picker" ${UPGRADED_ATTRIBUTE}="taal-goal-picker"></div>`);
    const created = upgradeDataWidgets(root);
    expect(created).to.have.length(1);
    expect(root.querySelectorAll('taal-goal-picker')).to.have.length(1);
  });

  it('accepts the tag name and any case, and leaves unknown widgets alone', () => {
    expect(widgetTag('programme-finder')).to.equal('taal-programme-finder');
    expect(widgetTag(' Taal-Goal-Picker ')).to.equal('taal-goal-picker');
    expect(widgetTag('VOLUNTEER-FORM')).to.equal('taal-volunteer-form');
    expect(widgetTag('map')).to.equal(undefined);
    expect(widgetTag('')).to.equal(undefined);
    expect(widgetTag('constructor')).to.equal(undefined);

    const root = make(
      '<div data-taal-widget="kaart" id="keep"></div><span data-taal-widget="taal-goal-picker"></span>',
    );
    const created = upgradeDataWidgets(root);
    expect(created.map((el) => el.localName)).to.deep.equal(['taal-goal-picker']);
    expect(root.querySelector('#keep')!.children).to.have.length(0);
    expect(root.querySelector('#keep')!.hasAttribute(UPGRADED_ATTRIBUTE)).to.equal(false);
  });

  it('only creates the widgets it is given (a per-element script), and the rest when the full bundle follows', () => {
    const root = make(
      '<div data-taal-widget="programme-finder"></div><div data-taal-widget="goal-picker"></div>',
    );
    const first = upgradeDataWidgets(root, ['taal-goal-picker'], { watch: false });
    expect(first.map((el) => el.localName)).to.deep.equal(['taal-goal-picker']);
    expect(root.querySelector('taal-programme-finder')).to.equal(null);
    const second = upgradeDataWidgets(root, undefined, { watch: false });
    expect(second.map((el) => el.localName)).to.deep.equal(['taal-programme-finder']);
  });

  it('upgrades placeholders added later: appended, inside an added subtree, or named afterwards', async () => {
    const root = make('');
    upgradeDataWidgets(root);

    root.insertAdjacentHTML('beforeend', '<div data-taal-widget="programme-finder" data-src="x.json"></div>');
    await settle();
    expect(root.querySelector('taal-programme-finder')?.getAttribute('src')).to.equal('x.json');

    const section = document.createElement('section');
    section.innerHTML =
      '<article><div data-taal-widget="volunteer-form" data-action="mailto:a@b.nl"></div></article>';
    root.append(section);
    await settle();
    expect(section.querySelector('taal-volunteer-form')?.getAttribute('action')).to.equal('mailto:a@b.nl');

    const late = document.createElement('div');
    root.append(late);
    await settle();
    late.setAttribute('data-for', 'finder');
    late.setAttribute('data-taal-widget', 'goal-picker');
    await settle();
    expect(late.querySelector('taal-goal-picker')?.getAttribute('for')).to.equal('finder');
  });

  it('watches a root once, widening what it creates when another script asks for more', async () => {
    const root = make('');
    upgradeDataWidgets(root, ['taal-goal-picker']);
    upgradeDataWidgets(root, ['taal-programme-finder']);
    const registry = (
      globalThis as unknown as Record<symbol, { watches: WeakMap<Node, { tags: Set<string> }> }>
    )[Symbol.for('taalwijzer.data-widgets.v1')];
    expect([...registry.watches.get(root)!.tags].sort()).to.deep.equal([
      'taal-goal-picker',
      'taal-programme-finder',
    ]);

    root.insertAdjacentHTML(
      'beforeend',
      '<div data-taal-widget="programme-finder"></div><div data-taal-widget="volunteer-form"></div>',
    );
    await settle();
    expect(root.querySelectorAll('taal-programme-finder')).to.have.length(1);
    expect(root.querySelector('taal-volunteer-form')).to.equal(null);
  });

  it('stops watching when asked', async () => {
    const root = make('');
    upgradeDataWidgets(root);
    stopWatchingDataWidgets(root);
    root.insertAdjacentHTML('beforeend', '<div data-taal-widget="programme-finder"></div>');
    await settle();
    expect(root.querySelector('taal-programme-finder')).to.equal(null);
  });

  it('does nothing without a root (outside a browser)', () => {
    expect(upgradeDataWidgets(undefined as unknown as Document)).to.deep.equal([]);
  });

  it('makes working widgets on the page: a goal picker`s for finds the finder by the moved id', async () => {
    const root = make(`
      <div data-taal-widget="goal-picker" data-for="finder-upgraded"></div>
      <div class="wrapper" data-taal-widget="programme-finder" id="finder-upgraded"
           data-src="/examples/feeds/aanbod.json?test=upgrade"></div>`);
    document.body.append(root);
    const [picker, finder] = upgradeDataWidgets(root);
    expect(picker).to.be.instanceOf(TaalGoalPicker);
    expect(finder).to.be.instanceOf(TaalProgrammeFinder);
    await (finder as TaalProgrammeFinder).updateComplete;
    expect(finder.shadowRoot).to.exist;
    const target = document.getElementById(picker.getAttribute('for')!);
    expect(target).to.equal(finder);
    expect(target!.parentElement!.className).to.equal('wrapper');
  });
});
