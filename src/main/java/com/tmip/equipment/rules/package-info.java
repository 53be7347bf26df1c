/**
 * The rules an equipment row must pass before it is registered in TMIP. Each concern is a small plain class
 * (serial number, account, platform, disposition and CoD file, fixed values, order date, contact, reference)
 * that a unit test builds with {@code new}; {@link com.tmip.equipment.rules.EquipmentValidator} runs them all,
 * reports every failure of a row rather than the first, and turns a passing row into a normalised
 * {@link com.tmip.equipment.Registration}. Rule codes and column names live in
 * {@link com.tmip.equipment.rules.EquipmentRuleCode} and {@link com.tmip.equipment.rules.Columns}.
 */
package com.tmip.equipment.rules;
