// No axe violations on the built story at the phone size (the steps and checks: axeSteps.ts).
import { describeAxeAt } from './axeSteps.ts';

describeAxeAt('phone');
