package org.vivarium.model.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Buffered reader of the primitive encodings of the {@link MeasurementTable}; every read is bounds-checked. */
final class TableInput {

    private static final int MAX_STRING = 1 << 20;

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;

    TableInput(InputStream in) {
        this.in = in;
    }

    private boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        int n = in.readNBytes(buf, 0, buf.length);
        pos = 0;
        limit = Math.max(n, 0);
        return limit > 0;
    }

    boolean atEnd() throws IOException {
        return !fill();
    }

    int int8() throws IOException {
        if (!fill()) {
            throw new StudyFormatException("the measurement table of the study file is truncated");
        }
        return buf[pos++] & 0xFF;
    }

    int int32() throws IOException {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v = (v << 8) | int8();
        }
        return v;
    }

    double float64() throws IOException {
        if (limit - pos >= 8) {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (buf[pos++] & 0xFF);
            }
            return Double.longBitsToDouble(v);
        }
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | int8();
        }
        return Double.longBitsToDouble(v);
    }

    /** A non-negative varint (count, index or length). */
    int count() throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = int8();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (v < 0) {
                    break;
                }
                return v;
            }
        }
        throw new StudyFormatException("the measurement table of the study file is damaged (bad number)");
    }

    String string() throws IOException {
        int length = count();
        if (length > MAX_STRING) {
            throw new StudyFormatException("the measurement table of the study file is damaged (string too long)");
        }
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) int8();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
