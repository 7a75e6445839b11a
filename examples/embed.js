// The embed-code builder (examples/embed.html): a webmaster picks a widget, a feed, a language
// and colours, sees the real widgets from ../dist/taalwijzer.js, and copies a snippet.
// No inline scripts or styles; everything the webmaster types reaches the page as text or as
// an attribute value, never as markup.
import { switchLocale } from '../dist/taalwijzer.js';

const DEFAULT_COLORS = Object.freeze({ accent: '#0b5f6e', text: '#1b1b1b' });
const SURFACE = '#ffffff';
const DARK_ON_ACCENT = '#111111';
const FINDER_ID = 'taalwijzer-aanbod';

/** Each choice of the first step: the elements it puts on the page, in order. */
const CHOICES = {
  'programme-finder': [{ name: 'programme-finder', feed: 'required' }],
  'goal-picker': [{ name: 'goal-picker', feed: 'optional' }],
  'goals-and-finder': [
    { name: 'goal-picker', feed: 'none', for: FINDER_ID },
    { name: 'programme-finder', feed: 'required', id: FINDER_ID },
  ],
  'volunteer-form': [{ name: 'volunteer-form', feed: 'required', action: true }],
};

const $ = (id) => document.getElementById(id);
const form = $('settings');
const preview = $('preview');
const feedStatus = $('feed-status');

// ---------------------------------------------------------------------------------------
// Reading and checking the settings

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `#abc` or `abc` -> `#aabbcc`; undefined when not a hex colour. */
function normaliseHex(value) {
  const match = HEX.exec(value.trim());
  if (!match) return undefined;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return `#${digits.toLowerCase()}`;
}

function checkAddress(value, { required, label }) {
  const text = value.trim();
  if (!text) return required ? `Vul ${label} in.` : undefined;
  if (/[\s"'<>]/.test(text)) return 'Een adres mag geen spaties, aanhalingstekens of < > bevatten.';
  let url;
  try {
    url = new URL(text, location.href);
  } catch {
    return 'Dit is geen geldig adres.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return 'Gebruik een adres dat begint met https:// of met /.';
  return undefined;
}

function checkAction(value) {
  const text = value.trim();
  if (!text) return 'Vul een e-mailadres (mailto:…) of een https://-adres in.';
  if (/^[^\s@:/]+@[^\s@]+\.[^\s@]+$/.test(text))
    return 'Zet mailto: voor het e-mailadres, bijvoorbeeld mailto:' + text + '.';
  if (/^mailto:[^\s@]+@[^\s@]+\.[^\s@]+$/i.test(text)) return undefined;
  if (/^https:\/\/[^\s"'<>]+$/i.test(text)) return undefined;
  if (/^http:\/\//i.test(text))
    return 'Gebruik een beveiligd adres (https://): aanmeldingen bevatten persoonsgegevens.';
  return 'Gebruik mailto:e-mailadres of een adres dat begint met https://.';
}

function read() {
  const data = new FormData(form);
  const choice = String(data.get('widget'));
  const elements = CHOICES[choice];
  const feedNeeded = elements.some((e) => e.feed === 'required');
  const wantsAction = elements.some((e) => e.action);
  const src = String(data.get('src')).trim();
  const action = String(data.get('action')).trim();
  const script = String(data.get('script')).trim();
  const accent = normaliseHex(String(data.get('accent')));
  const text = normaliseHex(String(data.get('text')));
  const errors = {
    src: checkAddress(src, { required: feedNeeded, label: 'het adres van de feed' }),
    action: wantsAction ? checkAction(action) : undefined,
    script:
      checkAddress(script, { required: true, label: 'het adres van het script' }) ??
      (/\.m?js(\?.*)?$/.test(script)
        ? undefined
        : 'Het adres van het script eindigt op .js (taalwijzer.js).'),
    accent: accent ? undefined : 'Gebruik een hexcode zoals #0b5f6e.',
    text: text ? undefined : 'Gebruik een hexcode zoals #1b1b1b.',
  };
  return {
    choice,
    elements,
    src,
    action,
    script,
    locale: String(data.get('locale')),
    colors: { accent: accent ?? DEFAULT_COLORS.accent, text: text ?? DEFAULT_COLORS.text },
    errors,
  };
}

function showErrors(errors) {
  for (const [field, message] of Object.entries(errors)) {
    const input = $(field);
    const slot = $(`${field}-error`);
    if (!input || !slot) continue;
    slot.textContent = message ?? '';
    slot.hidden = !message;
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

// ---------------------------------------------------------------------------------------
// Colour contrast (WCAG 2.2)

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** White or near-black text on the accent, whichever reads better. */
function textOnAccent(accent) {
  return contrast(accent, SURFACE) >= contrast(accent, DARK_ON_ACCENT) ? SURFACE : DARK_ON_ACCENT;
}

/** Rounded down: 4.48 shows as 4,4:1, never as a passing 4,5:1. */
const ratioText = (ratio) =>
  `${(Math.floor(ratio * 10) / 10).toLocaleString('nl-NL', { maximumFractionDigits: 1 })}:1`;

function renderContrast({ accent, text }) {
  const onAccent = textOnAccent(accent);
  const checks = [
    ['Tekst op de achtergrond', contrast(text, SURFACE), 4.5],
    ['Links en focus op de achtergrond', contrast(accent, SURFACE), 4.5],
    ['Tekst op knoppen', contrast(onAccent, accent), 4.5],
  ];
  const list = $('contrast');
  list.replaceChildren(
    ...checks.map(([label, ratio, minimum]) => {
      const item = document.createElement('li');
      const ok = ratio >= minimum;
      item.className = ok ? 'contrast__item contrast__item--ok' : 'contrast__item contrast__item--low';
      const verdict = ok ? 'voldoende' : `te laag, minimaal ${ratioText(minimum)}`;
      item.textContent = `${label}: ${ratioText(ratio)} (${verdict})`;
      return item;
    }),
  );
}

// ---------------------------------------------------------------------------------------
// The snippets, as tokens: one list gives both the text to copy and the highlighted view

const token = (text, kind = 'plain') => ({ text, kind });

function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The attributes of one element, in a fixed, readable order. */
function attributesOf(element, settings) {
  const attributes = [];
  if (element.id) attributes.push(['id', element.id]);
  if (element.for) attributes.push(['for', element.for]);
  if (element.feed !== 'none' && settings.src) attributes.push(['src', settings.src]);
  if (element.action) attributes.push(['action', settings.action]);
  if (settings.locale) attributes.push(['locale', settings.locale]);
  return attributes;
}

function colorsChanged({ accent, text }) {
  return accent !== DEFAULT_COLORS.accent || text !== DEFAULT_COLORS.text;
}

function styleTokens(selectors, colors) {
  if (!colorsChanged(colors)) return [];
  const declarations = [
    ['--taal-color-accent', colors.accent],
    ['--taal-color-accent-contrast', textOnAccent(colors.accent)],
    ['--taal-color-text', colors.text],
  ];
  return [
    token('<style>', 'tag'),
    token('\n  '),
    token(selectors.join(',\n  '), 'selector'),
    token(' {\n'),
    ...declarations.flatMap(([name, value]) => [token('    '), token(name, 'prop'), token(`: ${value};\n`)]),
    token('  }\n'),
    token('</style>', 'tag'),
    token('\n'),
  ];
}

function snippet(settings, { fallback }) {
  const { elements } = settings;
  const tokens = [
    token('<script', 'tag'),
    token(' '),
    token('type', 'attr'),
    token('='),
    token('"module"', 'value'),
    token(' '),
    token('src', 'attr'),
    token('='),
    token(`"${escapeAttribute(settings.script)}"`, 'value'),
    token('></script>', 'tag'),
    token('\n'),
  ];
  const selectors = [
    ...new Set(elements.map((e) => (fallback ? `[data-taal-widget="${e.name}"]` : `taal-${e.name}`))),
  ];
  tokens.push(...styleTokens(selectors, settings.colors));
  for (const element of elements) {
    const tag = fallback ? 'div' : `taal-${element.name}`;
    tokens.push(token(`<${tag}`, 'tag'));
    const attributes = attributesOf(element, settings).map(([name, value]) => [
      fallback && name !== 'id' ? `data-${name}` : name,
      value,
    ]);
    if (fallback) attributes.unshift(['data-taal-widget', element.name]);
    for (const [name, value] of attributes) {
      tokens.push(token(' '), token(name, 'attr'), token('='), token(`"${escapeAttribute(value)}"`, 'value'));
    }
    tokens.push(token(`></${tag}>`, 'tag'), token('\n'));
  }
  return tokens;
}

function renderCode(target, tokens) {
  target.replaceChildren(
    ...tokens.map(({ text, kind }) => {
      if (kind === 'plain') return document.createTextNode(text);
      const span = document.createElement('span');
      span.className = `tok-${kind}`;
      span.textContent = text;
      return span;
    }),
  );
  // The text to copy is exactly what is shown, without a final line break.
  target.dataset.copyText = tokens
    .map((t) => t.text)
    .join('')
    .trimEnd();
}

// ---------------------------------------------------------------------------------------
// The live preview: the real widgets

/** The language last given to the preview; '' is "Automatisch". */
let previewLocale = '';
const previewColors = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, previewColors];
let previewKey = '';

function renderPreview(settings) {
  const { accent, text } = settings.colors;
  previewColors.replaceSync(
    `#preview { --taal-color-accent: ${accent}; --taal-color-accent-contrast: ${textOnAccent(accent)}; --taal-color-text: ${text}; }`,
  );

  const key = JSON.stringify([settings.choice, settings.src, settings.action]);
  if (key !== previewKey) {
    previewKey = key;
    feedStatus.textContent = '';
    feedStatus.dataset.state = '';
    const widgets = settings.elements.map((element) => {
      const widget = document.createElement(`taal-${element.name}`);
      for (const [name, value] of attributesOf(element, settings)) {
        // The preview's finder gets its own id, so the page never holds a duplicate.
        widget.setAttribute(name, name === 'id' || name === 'for' ? `${value}-voorbeeld` : value);
      }
      return widget;
    });
    preview.replaceChildren(...widgets);
    if (!settings.elements.some((e) => e.feed !== 'none' && settings.src)) {
      setFeedStatus('info', 'De widget gebruikt de ingebouwde leerdoelen (geen feed).');
    }
  }
  applyLocale(settings.locale);
}

function applyLocale(locale) {
  for (const widget of preview.children) {
    if (locale) widget.setAttribute('locale', locale);
    else widget.removeAttribute('locale');
  }
  // Back to "Automatisch" on this Dutch page: the language is page-wide, so switch it back.
  if (!locale && previewLocale) void switchLocale(document.documentElement.lang || 'nl');
  previewLocale = locale;
}

function setFeedStatus(state, message) {
  feedStatus.dataset.state = state;
  feedStatus.textContent = message;
}

const FEED_ERRORS = {
  network:
    'De feed kon niet worden opgehaald. Klopt het adres? Staat de feed op een ander domein, dan moet die server het ophalen toestaan (CORS).',
  http: 'De server gaf een foutmelding, bijvoorbeeld 404 (niet gevonden). Klopt het adres?',
  parse: 'Het bestand op dit adres is geen geldige JSON.',
  schema: 'Het bestand is geen Taalwijzer-feed: er staat geen lijst "programmes" in.',
  timeout: 'Het laden van de feed duurde te lang.',
};

preview.addEventListener('taal-feed-loaded', (event) => {
  const { programmes, issues } = event.detail;
  const count = `${programmes} ${programmes === 1 ? 'activiteit' : 'activiteiten'}`;
  const remarks = issues.length
    ? ` ${issues.length} ${issues.length === 1 ? 'onderdeel is' : 'onderdelen zijn'} overgeslagen of aangepast: controleer de feed met npx taalwijzer validate.`
    : '';
  setFeedStatus(issues.length ? 'warning' : 'ok', `Feed geladen: ${count} in de feed.${remarks}`);
});

preview.addEventListener('taal-feed-error', (event) => {
  setFeedStatus('error', FEED_ERRORS[event.detail.kind] ?? 'De feed kon niet worden geladen.');
});

// ---------------------------------------------------------------------------------------
// Copying

const copyTimers = new WeakMap();

async function copy(button) {
  const code = $(button.dataset.copy);
  const status = $(button.dataset.copy === 'snippet-tag' ? 'copied-tag' : 'copied-fallback');
  const text = code.dataset.copyText ?? code.textContent;
  let message;
  try {
    await navigator.clipboard.writeText(text);
    message = 'Gekopieerd';
    status.dataset.state = 'ok';
  } catch {
    // No clipboard access (an old browser, or a page in a frame): select the code instead.
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    message = 'Kopiëren lukte niet vanzelf. De code is geselecteerd: druk op Ctrl+C (Cmd+C op een Mac).';
    status.dataset.state = 'manual';
  }
  status.textContent = message;
  clearTimeout(copyTimers.get(status));
  copyTimers.set(
    status,
    setTimeout(() => {
      status.textContent = '';
      status.dataset.state = '';
    }, 5000),
  );
}

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', () => void copy(button));
}

// ---------------------------------------------------------------------------------------
// Wiring

function update() {
  const settings = read();
  showErrors(settings.errors);
  const wantsAction = settings.elements.some((e) => e.action);
  $('action-field').hidden = !wantsAction;
  const feedOptional = !settings.elements.some((e) => e.feed === 'required');
  $('src-optional').hidden = !feedOptional;
  renderContrast(settings.colors);
  renderCode($('snippet-tag'), snippet(settings, { fallback: false }));
  renderCode($('snippet-fallback'), snippet(settings, { fallback: true }));
  renderPreview(settings);
}

// A colour picker and its hex field stay in step.
for (const name of ['accent', 'text']) {
  const picker = $(`${name}-picker`);
  const field = $(name);
  picker.addEventListener('input', () => {
    field.value = picker.value;
    update();
  });
  field.addEventListener('input', () => {
    const hex = normaliseHex(field.value);
    if (hex) picker.value = hex;
  });
  field.addEventListener('change', () => {
    const hex = normaliseHex(field.value);
    if (hex) field.value = hex;
  });
}

$('reset-colors').addEventListener('click', () => {
  for (const [name, value] of Object.entries(DEFAULT_COLORS)) {
    $(name).value = value;
    $(`${name}-picker`).value = value;
  }
  update();
});

// Typing in an address waits for a pause, so the preview does not fetch every keystroke.
let typing;
form.addEventListener('input', (event) => {
  clearTimeout(typing);
  if (event.target instanceof HTMLInputElement && event.target.type === 'text') {
    typing = setTimeout(update, 500);
  } else {
    update();
  }
});
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());

update();
