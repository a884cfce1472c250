#pragma once

// Interchange documents for the tests: the rich fixture, a valid visit to
// change one thing at a time, and the table of refused inputs with the error
// each must produce.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

// tests/data/interchange/rich-visits.json, in the writer's canonical form.
QByteArray fixture();

// One JSON value written as text ("[{...}]").
QJsonValue parsed(const char *json);

QJsonObject goodVisit(const char *ref = "new-1");
QJsonObject with(QJsonObject visit, const char *field, const QJsonValue &value);
QJsonObject without(QJsonObject visit, const char *field);

// A version 1 document around the visits.
QByteArray document(const QJsonArray &visits);
QByteArray document(const QJsonObject &visit);

// Data rows (json, path, message): each input is refused with at least this
// error; none of them has ref "new-1" stored.
void addBadInputRows();
// Documents to cut into visits (JsonDocumentSplit): columns json, wellFormed.
void addCuttingRows();
