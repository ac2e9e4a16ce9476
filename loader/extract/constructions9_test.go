package extract_test

import (
	"testing"

	"github.com/aikg/aikg/kg"
)

// acquirerCases: who the acquirer is when the buying sentence names it
// only by a pronoun. The owner in "the Nvidia-backed company" modifies
// another organisation and does not become what a following "It" refers
// to; a subject "it" after "earlier this month" is a clause subject, and
// a later coordinated "it" of the same sentence continues it rather than
// taking the company just bought. (English only: Arabic subjects are
// verb agreement and clitics, read by other rules.)
var acquirerCases = []partyCase{
	{"en owner adjective is not the topic", "en",
		"Lambda is growing fast. The SoftBank-backed company has also been buying. It completed its acquisition of Vectorly last spring and agreed to buy Hexa Labs in August.",
		[]triple{{"Lambda", kg.Acquires, "Vectorly"}, {"Lambda", kg.Acquires, "Hexa Labs"}},
		[]triple{{"SoftBank", kg.Acquires, "Vectorly"}, {"SoftBank", kg.Acquires, "Hexa Labs"}}},
	{"en second it keeps the acquirer", "en",
		"Databricks keeps buying. Last week it agreed to acquire Neon, a startup that builds serverless databases, and in June it closed its purchase of Tecton.",
		[]triple{{"Databricks", kg.Acquires, "Neon"}, {"Databricks", kg.Acquires, "Tecton"}},
		[]triple{{"Neon", kg.Acquires, "Tecton"}}},
	{"en named subject still wins", "en",
		"Databricks keeps buying. Last week it agreed to acquire Neon, and Snowflake said it bought Crunchy Data.",
		[]triple{{"Databricks", kg.Acquires, "Neon"}, {"Snowflake", kg.Acquires, "Crunchy Data"}},
		[]triple{{"Databricks", kg.Acquires, "Crunchy Data"}}},
}

func TestAcquirerPronouns(t *testing.T) {
	runPartyCases(t, acquirerCases)
}
