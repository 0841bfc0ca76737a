package org.vivarium.rcp;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.SplashScreen;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * The start-up splash: {@code ./vivarium} starts Java with {@code -splash:} this bundle's {@code splash.png} (the
 * product has no native launcher to show an Eclipse splash), which shows before the JVM runs any code. Here the
 * application draws what it is doing on it - a line and a bar below the product name - and closes it once the window
 * shows the study, or before a dialog opens (the splash stays above every window). Drawing happens on a thread of
 * its own, so that the first use of Java2D and its fonts does not delay the workbench.
 */
final class Splash {

    private static final Color BACKGROUND = new Color(238, 245, 238);
    private static final Color TEXT = new Color(60, 74, 61);
    private static final Color TRACK = new Color(219, 229, 219);
    private static final Color BAR = new Color(46, 125, 50);
    private static final int X = 40;
    private static final int WIDTH = 400;
    private static final int TEXT_Y = 226;
    private static final int BAR_Y = 238;

    private static final ExecutorService PAINTER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vivarium-splash");
        t.setDaemon(true);
        return t;
    });
    private static volatile boolean closed;
    private static Graphics2D graphics;

    private Splash() {
    }

    /** Shows a step of the start-up: what is being done and how far along (0-100) the start is. */
    static void progress(String text, int percent) {
        if (!closed) {
            PAINTER.execute(() -> paint(text, percent));
        }
    }

    /** Closes the splash before any dialog shows: it would stay above it. */
    static void closeBeforeDialogs(Display display) {
        Listener listener = new Listener() {
            @Override
            public void handleEvent(org.eclipse.swt.widgets.Event e) {
                if (e.widget instanceof Shell shell && shell.getParent() != null) {
                    close();
                }
                if (closed) {
                    display.removeFilter(SWT.Show, this);
                }
            }
        };
        display.addFilter(SWT.Show, listener);
    }

    /**
     * Closes the splash (once), on its thread after what is being painted: the UI thread does not wait for it, and
     * nothing is painted after it.
     */
    static void close() {
        if (!closed) {
            closed = true;
            PAINTER.execute(Splash::dispose);
        }
    }

    private static SplashScreen screen() {
        try {
            SplashScreen screen = SplashScreen.getSplashScreen();
            return screen != null && screen.isVisible() ? screen : null;
        } catch (UnsupportedOperationException | IllegalStateException e) { // HeadlessException among them
            return null; // started without -splash (tests, the command line)
        }
    }

    private static void paint(String text, int percent) {
        if (closed) {
            return;
        }
        SplashScreen screen = screen();
        if (screen == null) {
            return;
        }
        try {
            if (graphics == null) {
                graphics = screen.createGraphics();
                graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            }
            graphics.setComposite(AlphaComposite.Src);
            graphics.setColor(BACKGROUND);
            graphics.fillRect(X, TEXT_Y - 14, WIDTH, BAR_Y - TEXT_Y + 14 + 4);
            graphics.setColor(TEXT);
            graphics.drawString(text, X, TEXT_Y);
            graphics.setColor(TRACK);
            graphics.fillRect(X, BAR_Y, WIDTH, 4);
            graphics.setColor(BAR);
            graphics.fillRect(X, BAR_Y, WIDTH * Math.max(0, Math.min(100, percent)) / 100, 4);
            screen.update();
        } catch (IllegalStateException e) {
            // closed meanwhile
        }
    }

    private static void dispose() {
        SplashScreen screen = screen();
        if (screen != null) {
            try {
                screen.close();
            } catch (IllegalStateException e) {
                // closed already
            }
        }
        if (graphics != null) {
            graphics.dispose();
            graphics = null;
        }
    }
}
