// `date-holidays-parser` ships its types as an ambient module its `exports` map does not expose; this
// entry only hands the class on (@pacta/language declares and uses its API).
declare module 'date-holidays-parser' {
    const HolidaysParser: new (...args: never[]) => unknown;
    export default HolidaysParser;
}
