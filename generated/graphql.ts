/**
 * Generated from openapi/ by scripts/generate.ts (`npm run generate`). Do not edit by hand.
 */

/** The GraphQL document each GraphQL operation sends (the spec's `x-graphql-document`), by SDK method name. */
export const graphqlDocuments = {
  removeUdv: "mutation removeUdv($targetType: UDFTargetType!, $targetId: String!, $key: String!) { removeUdv(targetType: $targetType, targetId: $targetId, key: $key) { key dataType value label } }",
} as const;
