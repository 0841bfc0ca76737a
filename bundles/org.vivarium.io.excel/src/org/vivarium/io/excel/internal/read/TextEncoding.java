package org.vivarium.io.excel.internal.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The encoding of a text file, from its byte-order mark or its first bytes; null when the bytes are not text. */
public record TextEncoding(Charset charset, int bomLength) {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** UTF-8/UTF-16 by byte-order mark, UTF-16 by its zero bytes, else UTF-8 if valid, else Windows-1252; null for binary. */
    public static TextEncoding detect(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        TextEncoding wide = utf16WithoutMark(b);
        if (wide != null) {
            return wide;
        }
        int controls = 0;
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == 0) {
                return null;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        if (controls > b.length / 100 + 2) {
            return null;
        }
        return new TextEncoding(validUtf8(b) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    /**
     * UTF-16 without a byte-order mark (EthoVision and other Windows programs write it): most characters of such text
     * are ASCII, so every second byte is zero - the odd ones in little-endian, the even ones in big-endian order.
     */
    private static TextEncoding utf16WithoutMark(byte[] b) {
        int n = b.length & ~1;
        if (n < 8) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += b[i] == 0 ? 1 : 0;
            oddZero += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZero * 10 >= pairs * 7 && evenZero * 20 <= pairs) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 0);
        }
        if (evenZero * 10 >= pairs * 7 && oddZero * 20 <= pairs) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 0);
        }
        return null;
    }

    private static boolean validUtf8(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int end = b.length;
        // a sample may cut a multi-byte character: ignore an incomplete sequence at the very end
        for (int i = Math.max(0, b.length - 3); i < b.length; i++) {
            if ((b[i] & 0xC0) == 0xC0) {
                int need = (b[i] & 0xE0) == 0xC0 ? 2 : (b[i] & 0xF0) == 0xE0 ? 3 : 4;
                if (i + need > b.length) {
                    end = i;
                }
            }
        }
        try {
            d.decode(ByteBuffer.wrap(b, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Decodes a sample (after the byte-order mark). */
    public String decode(byte[] b) {
        return new String(b, bomLength, b.length - bomLength, charset);
    }
}
