/**
 * All cross-checks of a resolved scenario, in a fixed order.
 */
import type { Problem } from '../problem';
import type { Scenario } from '../types';
import { checkAddresses } from './addresses';
import { checkChoose } from './choose';
import { createCheckContext } from './context';
import { checkNames } from './duplicates';
import { checkReferences } from './references';
import { checkNamedTargetPorts } from './targetPorts';

/**
 * Runs every cross-check.
 * @param scenario - the resolved scenario (defaults applied)
 * @returns errors and warnings, each with the path of the offending value
 */
export function crossCheck(scenario: Scenario): Problem[] {
  const context = createCheckContext(scenario);
  return [
    ...checkNames(scenario),
    ...checkAddresses(scenario),
    ...checkReferences(context),
    ...checkNamedTargetPorts(context),
    ...checkChoose(context),
  ];
}
