package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.vivarium.core.demo.BehaviourRoomDemo;
import org.vivarium.core.demo.DemoFst;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Study;

/** The behaviour-room example: the seed demo without the FST 24 h session's values, nothing else different. */
class BehaviourRoomDemoTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void isTheSeedDemoWithoutTheFst24hValues() {
        Study example = BehaviourRoomDemo.generate(42, TODAY);
        Study seed = DemoStudy.generate(42, TODAY);
        AssaySession seedFst = BehaviourRoomDemo.session(seed);
        assertThat(seedFst.getMeasurements()).hasSize(160); // immobility and latency of 80 animals
        AssaySession fst = BehaviourRoomDemo.session(example);
        assertThat(fst.getMeasurements()).isEmpty();
        assertThat(fst.getCohort().getName()).isEqualTo("24 h");
        assertThat(fst.getCompletedAt()).as("tested; its videos were scored").isEqualTo(seedFst.getCompletedAt());

        seedFst.getMeasurements().clear();
        assertThat(EcoreUtil.equals(example, seed)).as("everything else as the seed demo").isTrue();
        assertThat(EcoreUtil.equals(BehaviourRoomDemo.generate(43, TODAY), seed)).as("another seed").isFalse();
    }

    @Test
    void fstModelSeparatesTheArmsAt24h() {
        Study example = BehaviourRoomDemo.generate(42, TODAY);
        AssaySession fst = BehaviourRoomDemo.session(example);
        Random random = new Random(1);
        double veh = 0;
        double combo = 0;
        for (var a : fst.getCohort().getAnimals()) {
            double v = 0;
            for (int i = 0; i < 200; i++) {
                v += DemoFst.draw(a, random).immobility() / 200;
            }
            if (a.getArm().getCode().equals("VEH+VEH")) {
                veh += v / 20;
            } else if (a.getArm().getCode().equals("KET+BCI")) {
                combo += v / 20;
            }
        }
        assertThat(veh - combo).isBetween(50.0, 70.0); // the demo's 24 h effect of ketamine + BCI: -60 s
    }
}
