/** Controllers that hold only what the allow-list admits. */
package io.dip.testkit.holding.corpus.good;
