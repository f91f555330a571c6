import { _createCache, _createIntlFormatters } from "next-intl";

/**
 * Parsed messages and Intl formatters, kept for the life of the process (or the browser tab).
 * next-intl keeps them per request (and per provider render), so every page parsed each message
 * it formats again. The keys are the message's own text, its language and formats, so one cache
 * serves every request and every language; it is as large as the message files at most.
 */
export const formatCache = _createCache();
export const formatters = _createIntlFormatters(formatCache);
