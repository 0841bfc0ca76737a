package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivarium.ui.tests.DialogUi.answer;
import static org.vivarium.ui.tests.DialogUi.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help > Install Analysis Plug-in...: a site typed by hand that is not one is named in the dialog with the reason,
 * and nothing can be installed from it. (Installing into a real product is tested end to end by
 * releng/e2e/plugin-install.sh through the same org.vivarium.p2 code.)
 */
class PluginDialogsUITest {

    @TempDir
    Path tmp;

    @Test
    void aSiteThatIsNoSiteIsNamedWithItsReasonAndInstallStaysDisabled() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Path missing = tmp.resolve("no-such-site");
        List<String> messages = new ArrayList<>();
        List<Boolean> installEnabled = new ArrayList<>();
        answer("Install Analysis Plug-in", dialog -> {
            Text site = DialogUi.field(dialog, 0);
            DialogUi.type(site, missing.toString());
            Keyboard.press(SWT.CR, 0);
            Keyboard.settle(200);
            messages.add(message(dialog));
            installEnabled.add(Widgets.button(dialog, "&Install", 0).isEnabled());
            DialogUi.type(site, empty.toString());
            Keyboard.press(SWT.CR, 0);
            Keyboard.settle(200);
            messages.add(message(dialog));
            installEnabled.add(Widgets.button(dialog, "&Install", 0).isEnabled());
            DialogUi.press(dialog, "Cancel");
        });
        run("org.vivarium.ui.review.installPlugin");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).contains(missing + ": no such site (not a folder, a .zip file or an http(s) URL)");
        assertThat(messages.get(1)).contains(empty + ": nothing installable there");
        assertThat(installEnabled).containsExactly(false, false);
    }

    /** The title area's message (the read-only texts of the dialog). */
    private static String message(Shell dialog) {
        return Widgets.all(dialog, Text.class).stream().filter(t -> (t.getStyle() & SWT.READ_ONLY) != 0)
                .map(Text::getText).collect(Collectors.joining(" | "));
    }
}
