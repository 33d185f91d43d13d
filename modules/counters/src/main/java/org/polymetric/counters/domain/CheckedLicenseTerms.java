package org.polymetric.counters.domain;

/** A license's name and limit as asked for, once checked: the {@link LicenseTerms} to add, or the {@link LicenseProblem} with them. */
public sealed interface CheckedLicenseTerms permits LicenseTerms, LicenseProblem {
}
