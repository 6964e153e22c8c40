/** Small validation pieces the request DTOs of several modules share. */

/** class-transformer `@Transform`: trims a string, leaves anything else for the validators to refuse. */
export const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/** C0 controls and DEL: a CR/LF in a credential would split the header it travels in; NUL truncates it. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const NO_CONTROL_CHARS = /^[^\u0000-\u001f\u007f]*$/;

/** The `@Matches(NO_CONTROL_CHARS, …)` message for `field`. */
export const noControlChars = (field: string) => ({ message: `${field} must not contain control characters (CR, LF, NUL, tab…)` });
