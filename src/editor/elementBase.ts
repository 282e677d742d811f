// The base class of the editor's elements. Outside a browser (server rendering, Node, the doc
// examples) there is no HTMLElement: the module must still load, so the classes extend a stand-in
// there and are only ever registered where custom elements exist.

/** `HTMLElement` where it exists, else an empty class of the same shape for type-checking. Internal. */
export const ElementBase: typeof HTMLElement = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement

/**
 * Registers an element class under a tag name once: a second call with the same name and class is
 * a no-op, and a name taken by another class is left as it is (the registry would throw).
 * Internal. @returns whether the name now holds `elementClass`
 */
export function defineOnce(tagName: string, elementClass: CustomElementConstructor): boolean {
  if (typeof customElements === 'undefined') return false
  const existing = customElements.get(tagName)
  if (existing === undefined) customElements.define(tagName, elementClass)
  return (existing ?? elementClass) === elementClass
}

/**
 * Properties set on an element before its class was defined (a framework sets them on the plain
 * element) shadow the class's accessors: take each one off and set it again through the accessor.
 * Internal.
 */
export function upgradeProperties(element: HTMLElement, names: readonly string[]): void {
  const own = element as unknown as Record<string, unknown>
  for (const name of names) {
    if (!Object.prototype.hasOwnProperty.call(element, name)) continue
    const value = own[name]
    delete own[name]
    own[name] = value
  }
}
