/**
 * Steering the `<taal-programme-finder>` named by the picker's `for`: the finder is
 * found by id and gets `goalSteering` (the contract's `GoalSteering`), once its element
 * is defined (the finder may load later, or from another bundle).
 */
import type { GoalSteering } from '../contract/goal-steering.js';

/** The finder this picker steers (built elsewhere); only this property is relied on. */
type SteeredFinder = HTMLElement & { goalSteering?: GoalSteering };

const FINDER_TAG = 'taal-programme-finder';

/** The element with id `id` in `host`'s tree (its shadow root or the document), else in the document. */
export function findFinder(host: Node, id: string): SteeredFinder | null {
  const root = host.getRootNode() as Document | ShadowRoot;
  return (root.getElementById?.(id) ?? document.getElementById(id)) as SteeredFinder | null;
}

/**
 * Sets `goalSteering` on the finder that `target()` names, once the finder element is
 * defined. `target` and `steering` are read when it runs, so quick changes end with the latest.
 */
export async function steerFinder(
  host: Node,
  target: () => string | null,
  steering: () => GoalSteering,
): Promise<void> {
  if (!target()) return;
  await customElements.whenDefined(FINDER_TAG);
  const id = target();
  if (!id) return;
  const finder = findFinder(host, id);
  if (!finder) return;
  finder.goalSteering = steering();
}
