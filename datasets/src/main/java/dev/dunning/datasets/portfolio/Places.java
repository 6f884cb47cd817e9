package dev.dunning.datasets.portfolio;

import dev.dunning.rules.request.Utility;
import java.util.List;

/**
 * Where accounts are, per utility: only places whose tariffs the default policy pack prices (Beijing heating, water
 * and electricity; Zhejiang electricity). Shandong and Henan heating prices and the Sichuan tier-2 bound ship unset in
 * the pack, so accounts there would get no bill.
 */
final class Places {
    static final List<String> BEIJING = List.of("CN-BJ-Dongcheng", "CN-BJ-Xicheng", "CN-BJ-Chaoyang", "CN-BJ-Haidian",
            "CN-BJ-Fengtai", "CN-BJ-Shijingshan", "CN-BJ-Tongzhou", "CN-BJ-Changping", "CN-BJ-Daxing", "CN-BJ-Shunyi");
    static final List<String> ZHEJIANG = List.of("CN-ZJ-Hangzhou", "CN-ZJ-Ningbo", "CN-ZJ-Wenzhou", "CN-ZJ-Shaoxing");
    /** Share of electricity accounts in Zhejiang; the rest are in Beijing. */
    static final double ZHEJIANG_ELECTRICITY_SHARE = 0.6;

    private Places() {
    }

    static String draw(Draw draw, Utility utility) {
        boolean zhejiang = utility == Utility.ELECTRICITY && draw.chance(ZHEJIANG_ELECTRICITY_SHARE);
        return draw.pick(zhejiang ? ZHEJIANG : BEIJING);
    }
}
