/**
 * The reporting system of FORMS.md, once, in code: every register and form, its headers and their
 * aliases, field types, units, keys and period kind. Readers, validators, feedback and
 * documentation are driven from {@link org.bangfu.forms.FormCatalogue}; adding a column is one edit
 * there. This package holds definitions only and touches no data.
 */
package org.bangfu.forms;
