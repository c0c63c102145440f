#pragma once

#include "TestConnection.h"

namespace ruqsat::test {

// Loads every case the connection sees through CaseStore (replayed from its events) and checks the
// state, row version and assignee against the stored row, each as a Catch2 check. Returns how many
// cases it checked.
int checkEveryCaseReplays(const Connection& connection);

} // namespace ruqsat::test
