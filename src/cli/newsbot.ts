import dotenv from 'dotenv';
import { main } from './main.js';

dotenv.config({ quiet: true });
process.exitCode = await main(process.argv.slice(2));
