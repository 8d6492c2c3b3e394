/** Controllers that each hold something the allow-list rejects. */
package io.dip.testkit.holding.corpus.bad;
