#include "render/shader_library.h"

#include <QFile>
#include <QOpenGLContext>

static void initShaderResources() { Q_INIT_RESOURCE(shaders); }

namespace pa {

namespace {

QByteArray readShader(const QString& file, const QByteArray& inputs, std::string* error) {
    static const bool loaded = (initShaderResources(), true);
    (void)loaded;
    QFile f(":/shaders/" + file);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) *error = "missing shader " + file.toStdString();
        return {};
    }
    const bool es = QOpenGLContext::currentContext() && QOpenGLContext::currentContext()->isOpenGLES();
    QByteArray header = es ? "#version 300 es\nprecision highp float;\n" : "#version 330 core\n";
    return header + inputs + f.readAll();
}

}  // namespace

std::unique_ptr<QOpenGLShaderProgram> buildProgram(const QString& vertex, const QString& fragment,
                                                   const VertexLayout* layout, std::string* error) {
    const QString name = vertex == fragment ? vertex : vertex + "+" + fragment;
    auto program = std::make_unique<QOpenGLShaderProgram>();
    const QByteArray vs = readShader(vertex + ".vert", layout ? glslInputs(*layout) : QByteArray(), error);
    const QByteArray fs = readShader(fragment + ".frag", QByteArray(), error);
    if (vs.isEmpty() || fs.isEmpty()) return nullptr;
    if (!program->addShaderFromSourceCode(QOpenGLShader::Vertex, vs) ||
        !program->addShaderFromSourceCode(QOpenGLShader::Fragment, fs) || !program->link()) {
        if (error) *error = "shader '" + name.toStdString() + "': " + program->log().toStdString();
        return nullptr;
    }
    return program;
}

}  // namespace pa
