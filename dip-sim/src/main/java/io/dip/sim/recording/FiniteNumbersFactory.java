package io.dip.sim.recording;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A JSON factory whose generators write a non-finite number (NaN, ±∞) as {@code null}: JSON has no such numbers,
 * and a string such as {@code "NaN"} would pass for data. Every document the project writes goes through it, trees
 * and maps alike; the document says why a figure is missing (a status, a flag such as {@code settled}).
 */
final class FiniteNumbersFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    @Override
    protected JsonGenerator _createGenerator(Writer out, IOContext context) throws IOException {
        return new FiniteNumbers(super._createGenerator(out, context));
    }

    @Override
    protected JsonGenerator _createUTF8Generator(OutputStream out, IOContext context) throws IOException {
        return new FiniteNumbers(super._createUTF8Generator(out, context));
    }

    /** Writes null in place of a non-finite double or float. */
    private static final class FiniteNumbers extends JsonGeneratorDelegate {

        FiniteNumbers(JsonGenerator delegate) {
            super(delegate, false);
        }

        @Override
        public void writeNumber(double value) throws IOException {
            if (Double.isFinite(value)) {
                super.writeNumber(value);
            } else {
                super.writeNull();
            }
        }

        @Override
        public void writeNumber(float value) throws IOException {
            if (Float.isFinite(value)) {
                super.writeNumber(value);
            } else {
                super.writeNull();
            }
        }
    }
}
