/*
 * The reference in C of dip's hot path, for the ratios of docs/performance.md: the same mathematics as the Java
 * code, written the way a C programmer would (all state in locals and small arrays on the stack).
 *
 *   - the full plant of docs/model.md §3, M(q)·q̈ = e1·u − n(q, q̇), with the default physical parameters of §2,
 *     solved by the LDLᵀ factorisation of the 3×3 mass matrix;
 *   - the classical rk4 period of §4;
 *   - classical_smc of §6 on the default surface S0 with K = 5, kd = 10, ε = 0.05 (tanh), max_force = 150 N,
 *     its nominal model being the same full model;
 *   - the closed-loop step of §5 (identity sensor, no disturbance, the cost sums of §7, the divergence and fall
 *     checks, and the state set to zero once every component is below 1e-100, as the Java loop does to keep
 *     a decayed run out of subnormal numbers).
 *
 * Usage:
 *   dip_reference loop DT STEPS     one run from x0 = [0, 0.1, −0.05, 0, 0, 0]; prints ns/step and the final state
 *   dip_reference steps DT STEPS    closed-loop steps restarted every 1000 steps from the next probe state, as
 *                                   ClosedLoopBenchmark.step does; prints ns/step
 *   dip_reference control CALLS     classical_smc on the probe states in turn; prints ns/call
 *
 * The probe states are those of the Java benchmarks (io.dip.testkit.contract.ProbeStates), bit for bit: 1024
 * states drawn by SplitMix64 (java.util.SplittableRandom) from seed 20240601, uniform in ±0.1 m, ±0.1 rad,
 * ±0.1 rad, ±0.2 m/s, ±0.2 rad/s, ±0.2 rad/s.
 *
 * Timings are wall-clock (CLOCK_MONOTONIC) over the whole loop, with the processor's CPU time beside it. Built by
 * build.sh with gcc -O3 -march=native.
 */
#define _POSIX_C_SOURCE 199309L
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* §2 default parameters and their combinations */
static const double M0 = 1.5, M1 = 0.2, M2 = 0.15, BIG_L1 = 0.4, L1 = 0.2, L2 = 0.15;
static const double I1 = 0.0081, I2 = 0.0034, G = 9.81, B0 = 0.2, B1 = 0.005, B2 = 0.004;
static double a1, a2, k, j1, j2, mt;

/* §6 default surface and classical_smc gains */
static const double S[6] = {0.1221754344103595, -10.741444838907405, 12.216130357283888,
                            0.228386064555021, -0.5586131459112993, 1.6384791698028844};
static const double SWITCHING_GAIN = 5.0, LINEAR_GAIN = 10.0, BOUNDARY_LAYER = 0.05, MAX_FORCE = 150.0;
static const double MIN_INPUT_GAIN = 1e-3, FALL_ANGLE = 1.5707963267948966, TRACK_LIMIT = 5.0;
static const double NEGLIGIBLE_STATE = 1e-100;

static void init_coefficients(void) {
    a1 = M1 * L1 + M2 * BIG_L1;
    a2 = M2 * L2;
    k = M2 * BIG_L1 * L2;
    j1 = M1 * L1 * L1 + M2 * BIG_L1 * BIG_L1 + I1;
    j2 = M2 * L2 * L2 + I2;
    mt = M0 + M1 + M2;
}

/* M(q) (lower triangle: m00, m10, m20, m11, m21, m22) and n(q, q̇), with four trigonometric evaluations */
static inline void mass_and_bias(const double *x, double m[6], double n[3]) {
    double s1 = sin(x[1]), c1 = cos(x[1]), s2 = sin(x[2]), c2 = cos(x[2]);
    double c12 = c1 * c2 + s1 * s2, s12 = s1 * c2 - c1 * s2;
    double w1 = x[4], w2 = x[5], relative = w2 - w1;
    m[0] = mt; m[1] = a1 * c1; m[2] = a2 * c2; m[3] = j1; m[4] = k * c12; m[5] = j2;
    n[0] = (-a1 * s1 * w1 * w1 - a2 * s2 * w2 * w2) + B0 * x[3];
    n[1] = k * s12 * w2 * w2 + -a1 * G * s1 + (B1 * w1 - B2 * relative);
    n[2] = -k * s12 * w1 * w1 + -a2 * G * s2 + B2 * relative;
}

/* y = A⁻¹·b for the symmetric positive-definite A given by its lower triangle, by A = L·D·Lᵀ */
static inline void solve_ldlt(const double m[6], const double b[3], double y[3]) {
    double d0 = m[0];
    double l10 = m[1] / d0, l20 = m[2] / d0;
    double d1 = m[3] - l10 * m[1];
    double l21 = (m[4] - l20 * m[1]) / d1;
    double d2 = m[5] - l20 * m[2] - l21 * l21 * d1;
    double z0 = b[0], z1 = b[1] - l10 * z0, z2 = b[2] - l20 * z0 - l21 * z1;
    y[2] = z2 / d2;
    y[1] = z1 / d1 - l21 * y[2];
    y[0] = z0 / d0 - l10 * y[1] - l20 * y[2];
}

static inline void derivative(const double *x, double u, double *out) {
    double m[6], n[3], rhs[3], acc[3];
    mass_and_bias(x, m, n);
    rhs[0] = u - n[0]; rhs[1] = -n[1]; rhs[2] = -n[2];
    solve_ldlt(m, rhs, acc);
    out[0] = x[3]; out[1] = x[4]; out[2] = x[5];
    out[3] = acc[0]; out[4] = acc[1]; out[5] = acc[2];
}

static inline void rk4(const double *x, double u, double dt, double *out) {
    double k1[6], k2[6], k3[6], k4[6], stage[6];
    double half = 0.5 * dt;
    derivative(x, u, k1);
    for (int i = 0; i < 6; i++) stage[i] = x[i] + half * k1[i];
    derivative(stage, u, k2);
    for (int i = 0; i < 6; i++) stage[i] = x[i] + half * k2[i];
    derivative(stage, u, k3);
    for (int i = 0; i < 6; i++) stage[i] = x[i] + dt * k3[i];
    derivative(stage, u, k4);
    double sixth = dt / 6.0;
    for (int i = 0; i < 6; i++) out[i] = x[i] + sixth * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]);
}

/* the switching function tanh, by the same formulas as the Java controllers (within a few ulp of tanh) */
static inline double smooth_sign(double x) {
    double a = fabs(x), magnitude;
    if (a < 0x1p-28) {
        return x;
    } else if (a < 0.5) {
        double y = 0.25 * a, y2 = y * y;
        double t = y + y * y2 * (-1.0 / 3 + y2 * (2.0 / 15 + y2 * (-17.0 / 315 + y2 * (62.0 / 2835 + y2
                * (-1382.0 / 155925 + y2 * (21844.0 / 6081075 + y2 * (-929569.0 / 638512875 + y2
                * (6404582.0 / 10854718875.0))))))));
        t = 2 * t / (1 + t * t);
        magnitude = 2 * t / (1 + t * t);
    } else if (a < 22.0) {
        magnitude = 1 - 2 / (exp(2 * a) + 1);
    } else if (a >= 22.0) {
        magnitude = 1.0;
    } else {
        return x;
    }
    return copysign(magnitude, x);
}

static inline double clamp(double v, double limit) {
    return v < -limit ? -limit : (v > limit ? limit : v);
}

/* classical_smc: σ, β, u_eq from the nominal full model; u = clamp(u_eq + (−K·tanh(σ/ε) − kd·σ)/β) */
static inline double classical_smc(const double *x) {
    double sigma = S[0] * x[0] + S[1] * x[1] + S[2] * x[2] + S[3] * x[3] + S[4] * x[4] + S[5] * x[5];
    double m[6], n[3], w[3];
    mass_and_bias(x, m, n);
    solve_ldlt(m, S + 3, w);
    double beta = w[0];
    if (fabs(beta) < MIN_INPUT_GAIN) beta = beta < 0 ? -MIN_INPUT_GAIN : MIN_INPUT_GAIN;
    double drift = w[0] * n[0] + w[1] * n[1] + w[2] * n[2];
    double equivalent = (drift - (S[0] * x[3] + S[1] * x[4] + S[2] * x[5])) / beta;
    double raw = equivalent + (-SWITCHING_GAIN * smooth_sign(sigma / BOUNDARY_LAYER) - LINEAR_GAIN * sigma) / beta;
    if (!isfinite(raw)) return 0.0;
    return clamp(raw, MAX_FORCE);
}

static double clock_ns(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

/* the closed-loop run of §5 with the cost sums of §7: the state and what the step accumulates */
typedef struct {
    double x[6], previous, state_error, effort, sliding, rate, chattering;
    long step;
    const char *status;
} run_t;

static void run_start(run_t *run, const double *x0) {
    memset(run, 0, sizeof *run);
    memcpy(run->x, x0, sizeof run->x);
    run->status = "COMPLETED";
}

/* one closed-loop step; returns 0 when the run stops (diverged, fell, off the track) */
static inline int run_step(run_t *run, double dt) {
    double *x = run->x, next[6];
    double u = classical_smc(x);
    double actuator = clamp(u, MAX_FORCE);
    rk4(x, actuator, dt, next);
    double sigma = S[0] * x[0] + S[1] * x[1] + S[2] * x[2] + S[3] * x[3] + S[4] * x[4] + S[5] * x[5];
    double norm = 0.0;
    for (int i = 0; i < 6; i++) norm += x[i] * x[i];
    run->state_error += dt * norm;
    run->effort += dt * actuator * actuator;
    run->sliding += dt * sigma * sigma;
    if (run->step > 0) {
        double du = actuator - run->previous;
        run->rate += du * du;
        run->chattering += fabs(du);
    }
    memcpy(x, next, sizeof next);
    double largest = 0.0;
    for (int i = 0; i < 6; i++) largest = fmax(largest, fabs(x[i]));
    if (largest < NEGLIGIBLE_STATE) memset(x, 0, 6 * sizeof *x);
    run->step++;
    int finite = 1;
    for (int i = 0; i < 6; i++) finite &= isfinite(x[i]) != 0;
    if (!finite) { run->status = "DIVERGED"; return 0; }
    if (fabs(x[1]) > FALL_ANGLE || fabs(x[2]) > FALL_ANGLE) { run->status = "FELL"; return 0; }
    if (fabs(x[0]) > TRACK_LIMIT) { run->status = "OFF_TRACK"; return 0; }
    run->previous = actuator;
    return 1;
}

static int run_loop(double dt, long steps) {
    static const double x0[6] = {0.0, 0.1, -0.05, 0.0, 0.0, 0.0};
    run_t run;
    run_start(&run, x0);
    double start = clock_ns(CLOCK_MONOTONIC), cpu_start = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
    while (run.step < steps && run_step(&run, dt)) {
    }
    double elapsed = clock_ns(CLOCK_MONOTONIC) - start, cpu = clock_ns(CLOCK_PROCESS_CPUTIME_ID) - cpu_start;
    double *x = run.x;
    printf("loop steps=%ld dt=%g status=%s ns_per_step=%.2f cpu_ns_per_step=%.2f total_s=%.4f\n", run.step, dt,
           run.status, elapsed / run.step, cpu / run.step, elapsed * 1e-9);
    printf("final_state %.17g %.17g %.17g %.17g %.17g %.17g\n", x[0], x[1], x[2], x[3], x[4], x[5]);
    printf("cost_sums %.17g %.17g %.17g %.17g %.17g\n", run.state_error, run.effort, run.sliding, run.rate,
           run.chattering);
    return 0;
}

enum { PROBE_COUNT = 1024, RESTART_EVERY = 1000 };
static double probe_states[PROBE_COUNT][6];

/* the probe states of io.dip.testkit.contract.ProbeStates: SplittableRandom(20240601).nextDouble() in turn */
static void init_probe_states(void) {
    uint64_t seed = 20240601u;
    const double span[6] = {0.1, 0.1, 0.1, 0.2, 0.2, 0.2};
    for (int s = 0; s < PROBE_COUNT; s++) {
        for (int i = 0; i < 6; i++) {
            uint64_t z = (seed += 0x9e3779b97f4a7c15ull);
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
            z ^= z >> 31;
            double uniform = (double) (z >> 11) * 0x1p-53;
            probe_states[s][i] = (2 * uniform - 1) * span[i];
        }
    }
}

/* the steps of one endless run whose state jumps to the next probe state every RESTART_EVERY steps */
static int run_steps(double dt, long steps) {
    run_t run;
    run_start(&run, probe_states[0]);
    long restarts = 0;
    double start = clock_ns(CLOCK_MONOTONIC), cpu_start = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
    for (long s = 0; s < steps; s++) {
        if (!run_step(&run, dt)) {
            fprintf(stderr, "dip_reference: the run stopped (%s) at step %ld\n", run.status, s);
            return 1;
        }
        if (run.step % RESTART_EVERY == 0) {
            memcpy(run.x, probe_states[++restarts & (PROBE_COUNT - 1)], sizeof run.x);
        }
    }
    double elapsed = clock_ns(CLOCK_MONOTONIC) - start, cpu = clock_ns(CLOCK_PROCESS_CPUTIME_ID) - cpu_start;
    printf("steps steps=%ld dt=%g restart_every=%d ns_per_step=%.2f cpu_ns_per_step=%.2f checksum=%.17g\n", steps,
           dt, RESTART_EVERY, elapsed / steps, cpu / steps, run.state_error);
    return 0;
}

static int run_control(long calls) {
    double sum = 0.0;
    double start = clock_ns(CLOCK_MONOTONIC), cpu_start = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
    for (long c = 0; c < calls; c++) sum += classical_smc(probe_states[c & (PROBE_COUNT - 1)]);
    double elapsed = clock_ns(CLOCK_MONOTONIC) - start, cpu = clock_ns(CLOCK_PROCESS_CPUTIME_ID) - cpu_start;
    printf("control calls=%ld ns_per_call=%.2f cpu_ns_per_call=%.2f checksum=%.6g\n", calls, elapsed / calls,
           cpu / calls, sum);
    return 0;
}

int main(int argc, char **argv) {
    init_coefficients();
    if (argc == 4 && strcmp(argv[1], "loop") == 0) {
        return run_loop(atof(argv[2]), atol(argv[3]));
    }
    init_probe_states();
    if (argc == 4 && strcmp(argv[1], "steps") == 0) {
        return run_steps(atof(argv[2]), atol(argv[3]));
    }
    if (argc == 3 && strcmp(argv[1], "control") == 0) {
        return run_control(atol(argv[2]));
    }
    fprintf(stderr, "usage: dip_reference loop DT STEPS | dip_reference steps DT STEPS"
                    " | dip_reference control CALLS\n");
    return 2;
}
