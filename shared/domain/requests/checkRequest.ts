/**
 * One entry point for any request kind: runs that kind's rules and returns every failure. Use
 * it at intake (`context.at` = `submittedAt`) and again at decision time (`context.at` = the
 * decision instant, fresh rows, and `context.ratio` = the what-if ratio result).
 */
import { checkAbsence } from './absence';
import { checkExtension } from './extension';
import { checkExtraDay } from './extraDay';
import { checkFlexDay } from './flexDay';
import type { Request } from './request';
import type { RequestContext } from './requestContext';
import type { RequestSettings } from './requestSettings';
import type { RequestCheck } from './requestText';
import { checkSchoolClosureDay } from './schoolClosureDay';
import { checkSwapDay } from './swapDay';

export function checkRequest(request: Request, context: RequestContext, settings: RequestSettings): RequestCheck {
  switch (request.kind) {
    case 'absence':
      return checkAbsence(request, context);
    case 'swapDay':
      return checkSwapDay(request, context, settings);
    case 'extraDay':
      return checkExtraDay(request, context, settings);
    case 'flexDay':
      return checkFlexDay(request, context, settings);
    case 'extension':
      return checkExtension(request, context, settings);
    case 'schoolClosureDay':
      return checkSchoolClosureDay(request, context, settings);
  }
}
