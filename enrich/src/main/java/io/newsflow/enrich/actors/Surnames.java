package io.newsflow.enrich.actors;

import java.util.Set;

/** Surnames too common to stand for one person on their own: "Kim said" is never coded. */
final class Surnames {

    private static final Set<String> AMBIGUOUS = Set.of(
            // Korean
            "KIM", "LEE", "PARK", "CHOI", "JUNG", "JEONG", "KANG", "CHO", "YOON", "YUN", "JANG", "LIM", "HAN", "SHIN",
            "OH", "SEO", "KWON", "HWANG", "SONG", "YOO", "HONG", "MOON", "AHN",
            // Chinese
            "WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU", "XU", "SUN", "MA", "ZHU", "HU",
            "GUO", "HE", "LIN", "LUO", "GAO", "ZHENG", "LIANG", "XIE", "TANG", "FENG", "DENG", "CAO", "PENG",
            // Vietnamese
            "NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU", "DANG", "BUI", "DO", "HO", "NGO",
            // Japanese
            "SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO", "YAMAMOTO", "NAKAMURA", "KOBAYASHI", "KATO",
            // South Asian, Arabic, Persian
            "SINGH", "KUMAR", "SHARMA", "KHAN", "SHAH", "ALI", "AHMED", "AHMAD", "HASSAN", "HUSSEIN", "HOSSEINI",
            "MOHAMMED", "MUHAMMAD", "MOHAMMAD", "ABDULLAH", "RAHMAN",
            // Russian, European, American
            "IVANOV", "PETROV", "SMIRNOV", "SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "MILLER", "DAVIS", "WILSON",
            "TAYLOR", "CLARK", "WHITE", "MARTIN", "THOMPSON", "GARCIA", "RODRIGUEZ", "MARTINEZ", "LOPEZ", "GONZALEZ",
            "MULLER", "SCHMIDT", "ROSSI", "BUSH", "CLINTON", "KENNEDY", "GANDHI");

    private Surnames() {
    }

    /** Whether an upper-case surname is shared by too many people to code alone. */
    static boolean isAmbiguous(String upperCase) {
        return AMBIGUOUS.contains(upperCase);
    }
}
