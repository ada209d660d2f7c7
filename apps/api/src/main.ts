import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap/create-app.js';
import { loadConfig } from './config/app-config.js';

const config = loadConfig();
const app = await createApp(config);
await app.listen(config.port, config.host);
new Logger('Jixiao').log(`GraphQL at ${(await app.getUrl()).replace('[::1]', 'localhost')}/graphql`);
