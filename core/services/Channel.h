#pragma once

#include <QString>

#include <optional>

namespace ruqsat::core {

// How an application reaches the provider (paragraph 1 of both regulations): through the State
// Corporation's front offices or through the e-government portal. Service E is portal only.
enum class Channel { StateCorporation, Portal };

// Stable names: "state_corporation", "portal".
QString channelName(Channel channel);
std::optional<Channel> channelFromName(const QString& name);

} // namespace ruqsat::core
