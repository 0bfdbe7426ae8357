/**
 * JSON: the library's preconfigured Jackson mapper, exact decimals, hardened read limits, and a
 * reader that reports every fault of an input with its JSON pointer.
 */
package io.github.essrules.core.json;
