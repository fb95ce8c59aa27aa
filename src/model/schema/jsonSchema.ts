/** Turns a schema of the DSL into a complete JSON Schema (draft 2020-12) document. */
import type { EmitContext, JsonSchemaNode, Schema } from './core';

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

interface DocumentOptions {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
}

/**
 * Emits `root` as a self-contained JSON Schema document: named parts go to
 * `$defs` (each once, in first-use order) and are referenced by `$ref`.
 */
export function toJsonSchema<T>(root: Schema<T>, options: DocumentOptions): JsonSchemaNode {
  const defs: Record<string, JsonSchemaNode> = {};
  const ctx: EmitContext = {
    define(name, emit) {
      if (!Object.hasOwn(defs, name)) {
        // reserve the slot first so a recursive shape terminates
        defs[name] = {};
        defs[name] = emit();
      }
      return { $ref: `#/$defs/${name}` };
    },
  };
  const body = root.toJson(ctx);
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: options.id,
    title: options.title,
    ...(options.description === undefined ? {} : { description: options.description }),
    ...body,
    $defs: defs,
  };
}
