/**
 * dist/browser/holiday-parser.js: `date-holidays-parser` (with its lunar calendars, astronomy and
 * time zones, 1 MB minified) as a classic script that sets `self.PactaHolidayParser`. The worker
 * (server.js) loads it with `importScripts` the first time a workspace counts business days, so a
 * workspace that does not pays nothing for it (FetchHolidayDataLoader in @pacta/language).
 */
import HolidaysParser from 'date-holidays-parser';

(self as unknown as { PactaHolidayParser: typeof HolidaysParser }).PactaHolidayParser = HolidaysParser;
