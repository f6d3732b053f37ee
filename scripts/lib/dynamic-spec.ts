/**
 * The spec as Prism's dynamic mode should see it. Faker picks among `anyOf` branches at random, so every
 * answer would be an error envelope half of the time, and it fills nullable fields with null half of the
 * time. For frontend developers who want random *successful* data, this variant keeps only the success
 * branch of each envelope and makes the fields with faker hints non-nullable. Named error examples need
 * the static mock.
 */
type Node = Record<string, unknown>;

function transform(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(transform);
  if (!node || typeof node !== 'object') return node;
  const copy: Node = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, transform(value)]));
  const anyOf = copy.anyOf as Node[] | undefined;
  const isEnvelope = anyOf?.some((branch) => branch.$ref === '#/components/schemas/ErrorEnvelope');
  if (isEnvelope) {
    const { anyOf: _branches, ...rest } = copy;
    return { ...rest, ...anyOf!.find((branch) => branch.$ref !== '#/components/schemas/ErrorEnvelope') };
  }
  if (copy['x-faker'] && Array.isArray(copy.type)) copy.type = (copy.type as string[]).find((type) => type !== 'null');
  return copy;
}

export function dynamicVariant<T>(spec: T): T {
  const variant = transform(spec) as Node;
  // Examples are not consulted in dynamic mode, and error examples no longer fit the success-only schemas.
  for (const item of Object.values((variant.paths ?? {}) as Record<string, Record<string, Node>>)) {
    for (const operation of Object.values(item)) {
      const responses = (operation as { responses?: Record<string, { content?: Record<string, Node> }> }).responses;
      const media = responses?.['200']?.content?.['application/json'];
      if (media) delete media.examples;
    }
  }
  return variant as T;
}
