package dev.debrief.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.text.Bidi;
import org.openpdf.text.pdf.ArabicLigaturizer;

/**
 * Prepares right-to-left text for an engine that lays out every run left to right and does not join Arabic
 * letters: letters are turned into their joined presentation forms and each run is put in visual order.
 * A paragraph that wraps onto several lines keeps its lines in reading order only while it is mostly left to
 * right; a long right-to-left paragraph wraps with its lines in reverse order.
 */
// OpenPDF deprecates ArabicLigaturizer in favour of its JVM-wide layout processor, which reverses whole lines,
// Latin included; the ligaturizer alone shapes exactly the runs we hand it.
@SuppressWarnings("deprecation")
final class RightToLeft {
    private static final MethodHandle SHAPE = shaper();

    private RightToLeft() {}

    static boolean needsWork(String text) {
        return Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }

    /** The text as the engine must draw it: shaped and in visual order, for a left-to-right line. */
    static String visual(String logical) {
        String shaped = shape(logical);
        Bidi bidi = new Bidi(shaped, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return shaped;
        }
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Object[] pieces = new Object[runs];
        for (int i = 0; i < runs; i++) {
            String run = shaped.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            levels[i] = (byte) bidi.getRunLevel(i);
            pieces[i] = (levels[i] & 1) == 1 ? mirror(new StringBuilder(run).reverse().toString()) : run;
        }
        Bidi.reorderVisually(levels, 0, pieces, 0, runs);
        StringBuilder out = new StringBuilder(shaped.length());
        for (Object piece : pieces) {
            out.append(piece);
        }
        return out.toString();
    }

    /** Brackets in a reversed run must face the other way. */
    private static String mirror(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(switch (c) {
                case '(' -> ')';
                case ')' -> '(';
                case '[' -> ']';
                case ']' -> '[';
                case '{' -> '}';
                case '}' -> '{';
                case '<' -> '>';
                case '>' -> '<';
                case '«' -> '»';
                case '»' -> '«';
                default -> c;
            });
        }
        return out.toString();
    }

    private static String shape(String logical) {
        char[] source = logical.toCharArray();
        char[] target = new char[source.length];
        try {
            int length = (int) SHAPE.invokeExact(source, 0, source.length, target, 0, target.length,
                    ArabicLigaturizer.ar_nothing);
            return new String(target, 0, length);
        } catch (Throwable e) {
            return logical;
        }
    }

    /** OpenPDF's shaper is package-private; it is the one that matches the glyphs OpenPDF embeds. */
    private static MethodHandle shaper() {
        try {
            var method = ArabicLigaturizer.class.getDeclaredMethod("arabic_shape", char[].class, int.class, int.class,
                    char[].class, int.class, int.class, int.class);
            method.setAccessible(true);
            return MethodHandles.lookup().unreflect(method).asType(MethodType.methodType(int.class, char[].class,
                    int.class, int.class, char[].class, int.class, int.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
