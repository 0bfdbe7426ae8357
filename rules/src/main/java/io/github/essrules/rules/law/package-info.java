/**
 * The texts the rules apply, in time: the versions of each article with the day the library last
 * verified them ({@link io.github.essrules.rules.law.LegalTexts}), and the report of what each
 * date gets from every parameter and text ({@link io.github.essrules.rules.law.LawStatus}).
 */
package io.github.essrules.rules.law;
