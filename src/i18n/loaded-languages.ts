// The languages whose app texts each instance has. Not `hasResourceBundle`: the consultant
// screens' texts may have opened the `common` bundle of a language before its app texts.
export const appLoaded = new WeakMap<object, Set<string>>();
