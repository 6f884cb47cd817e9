package dev.dunning.datasets.modeldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CreditScoringDataTest {

    @Test
    void readsEmptyCellsAsMissingAndTheStatusAsTheLabel() {
        String csv = """
                Status,Seniority,Home,Time,Age,Marital,Records,Job,Expenses,Income,Assets,Debt,Amount,Price
                good,9,rent,60,30,married,no,freelance,73,129,0,0,800,846
                bad,0,,36,26,single,yes,,46,,,,310,910
                """;

        CreditScoringTable table = CreditScoringData.read(new StringReader(csv));

        assertThat(table.bad()).containsExactly(0, 1);
        assertThat(table.columns()).doesNotContain("Age", "Marital");
        assertThat(table.rows()[0]).containsExactly(9, 60, 0, 73, 129, 0, 0, 800, 846);
        assertThat(table.rows()[1][table.columns().indexOf("Records")]).isEqualTo(1);
        assertThat(table.rows()[1][table.columns().indexOf("Income")]).isNaN();
        assertThat(table.rows()[1][table.columns().indexOf("Debt")]).isNaN();
    }
}
