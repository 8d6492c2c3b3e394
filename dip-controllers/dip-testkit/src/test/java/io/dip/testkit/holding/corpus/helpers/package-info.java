/** Helper classes held by corpus controllers, in a package of their own as a third party would organise them. */
package io.dip.testkit.holding.corpus.helpers;
