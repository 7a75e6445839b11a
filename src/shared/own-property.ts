/**
 * Reads and removes an own property set on an element before its class was defined (a
 * page script may set `finder.goalSteering = ...` before the widget's code arrives), so the
 * class's own accessor takes over. Undefined when there was none.
 */
export function takeOwnProperty<T>(element: object, key: string): T | undefined {
  if (!Object.prototype.hasOwnProperty.call(element, key)) return undefined;
  const value = (element as Record<string, T>)[key];
  delete (element as Record<string, T>)[key];
  return value;
}
