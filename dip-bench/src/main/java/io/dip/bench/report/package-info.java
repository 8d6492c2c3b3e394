/**
 * Renders an {@link io.dip.bench.audit.AuditReport}: Markdown tables (also what the terminal shows), JSON for
 * tools, and a latency-histogram PNG.
 */
package io.dip.bench.report;
