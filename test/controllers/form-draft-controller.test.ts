import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DRAFT_MAX_AGE,
  FormDraftController,
  type DraftStorage,
} from '../../src/controllers/form-draft-controller.js';

/** A bare host: the controller needs no element. */
class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
  requestUpdate() {}
  updateComplete = Promise.resolve(true);
}

class MemoryStorage implements DraftStorage {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const readName = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && typeof (raw as { name?: unknown }).name === 'string'
    ? (raw as { name: string })
    : undefined;

describe('FormDraftController', () => {
  afterEach(() => sessionStorage.removeItem('test-draft'));

  it('keeps drafts in sessionStorage by default, never in localStorage', () => {
    const host = new Host();
    const draft = new FormDraftController(host, { key: () => 'test-draft', read: readName });
    expect(host.controllers).to.include(draft);
    draft.save({ name: 'Samira' });
    expect(sessionStorage.getItem('test-draft')).to.contain('Samira');
    expect(localStorage.getItem('test-draft')).to.equal(null);
    expect(JSON.stringify({ ...localStorage })).not.to.contain('Samira');
    expect(draft.load()).to.deep.equal({ name: 'Samira' });
    draft.clear();
    expect(sessionStorage.getItem('test-draft')).to.equal(null);
    expect(draft.load()).to.equal(undefined);
  });

  it('throws away drafts that are too old, unreadable or rejected', () => {
    const storage = new MemoryStorage();
    let now = 1_000_000;
    const draft = new FormDraftController(new Host(), {
      key: () => 'k',
      read: readName,
      storage: () => storage,
      now: () => now,
    });
    draft.save({ name: 'Samira' });
    now += DRAFT_MAX_AGE + 1;
    expect(draft.load()).to.equal(undefined);
    expect(storage.items.size).to.equal(0);

    storage.setItem('k', 'not json');
    expect(draft.load()).to.equal(undefined);
    expect(storage.items.size).to.equal(0);

    storage.setItem('k', JSON.stringify({ v: 1, savedAt: now, data: { name: 42 } }));
    expect(draft.load()).to.equal(undefined);
    expect(storage.items.size).to.equal(0);
  });

  it('keeps working when storage is blocked', () => {
    const blocked: DraftStorage = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    const draft = new FormDraftController(new Host(), {
      key: () => 'k',
      read: readName,
      storage: () => blocked,
    });
    expect(() => draft.save({ name: 'x' })).not.to.throw();
    expect(draft.load()).to.equal(undefined);
    expect(() => draft.clear()).not.to.throw();
  });
});
