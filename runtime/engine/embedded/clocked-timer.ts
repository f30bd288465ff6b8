import { TimerEventDefinition } from 'bpmn-elements';
import type { Clock } from '../../common/clock.js';

interface TimerResult {
  expireAt?: Date;
  timeout?: number;
}

interface TimerDefinitionLike {
  _getTimers(message: unknown): TimerResult;
  parse(type: string, value: string): { expireAt?: Date; repeat?: number; delay?: number };
}

type TimerCtor = new (activity: unknown, eventDefinition: unknown) => TimerDefinitionLike;

/**
 * bpmn-elements reads the real `Date` to compute timer expiry. This subclass makes it read the
 * injectable clock instead, so a timer's expiry is `clock.now() + duration`, and "already due"
 * is decided on the same clock the scenario tests advance.
 */
export function clockedTimerEventDefinition(clock: Clock): TimerCtor {
  const Base = TimerEventDefinition as unknown as TimerCtor & { prototype: TimerDefinitionLike };
  const baseParse = Base.prototype.parse;
  const baseGetTimers = Base.prototype._getTimers;

  function ClockedTimer(this: TimerDefinitionLike, activity: unknown, eventDefinition: unknown): void {
    (Base as unknown as (this: unknown, a: unknown, e: unknown) => void).call(
      this,
      activity,
      eventDefinition,
    );
  }
  ClockedTimer.prototype = Object.create(Base.prototype) as TimerDefinitionLike;
  ClockedTimer.prototype.parse = function parse(this: TimerDefinitionLike, type: string, value: string) {
    const parsed = baseParse.call(this, type, value);
    if (type !== 'timeDate' && parsed.expireAt && parsed.delay !== undefined) {
      parsed.expireAt = new Date(clock.now().getTime() + parsed.delay);
    }
    return parsed;
  };
  ClockedTimer.prototype._getTimers = function getTimers(this: TimerDefinitionLike, message: unknown) {
    const result = baseGetTimers.call(this, message);
    if (result.expireAt) result.timeout = result.expireAt.getTime() - clock.now().getTime();
    return result;
  };
  return ClockedTimer as unknown as TimerCtor;
}
