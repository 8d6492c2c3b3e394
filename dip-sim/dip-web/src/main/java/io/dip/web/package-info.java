/**
 * The web dashboard, {@code dip serve}: an embedded Javalin server with a JSON API ({@code docs/dashboard.md}) and
 * one page that runs, streams, compares and tunes simulations in the browser. Every job goes through the same set-up,
 * engine, recorders, result writers and plots as the command line, so an API run's CSV is byte for byte the one of
 * {@code dip simulate --csv}. Jobs are bounded in number and kept results are evicted oldest first; live streams
 * reach each browser through its own drop-oldest queue, so a slow browser never slows a run.
 */
package io.dip.web;
