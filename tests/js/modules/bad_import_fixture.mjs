import { nothing } from './basics_fixture.mjs';
