/**
 * What every writer of Office documents shares (the demo's workbooks, the published briefings):
 * nothing here knows about forms or figures.
 */
package org.bangfu.documents;
