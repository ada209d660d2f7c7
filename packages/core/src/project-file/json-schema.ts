import { z } from 'zod';
import { projectFileSchema } from './project-file.schema.js';

/** The published JSON Schema of the project file, generated from the same zod schema as the types. */
export function projectFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(projectFileSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://jixiao.dev/schema/project-file-v1.json',
    title: 'Jixiao project file (项目绩效数据文件) v1',
  };
}
