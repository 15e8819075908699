// The scaling step of Scrypt::tune(), without a clock (a header of its own so that tests can check it on fixed
// measurements; a busy machine must not change what they see).
#pragma once

#include <QtGlobal>

namespace lpdesk {

// The cost (logN) that takes about targetMs when logN = measuredLogN took elapsedUs (scrypt's time is linear in
// N), within Scrypt::MinLogN..MaxLogN.
int scryptScaledLogN(int measuredLogN, qint64 elapsedUs, int targetMs);

} // namespace lpdesk
