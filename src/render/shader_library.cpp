#include "render/shader_library.h"

#include <QFile>
#include <QOpenGLContext>

static void initShaderResources() { Q_INIT_RESOURCE(shaders); }

namespace pa {

namespace {

QByteArray readShader(const QString& file, const QByteArray& inputs) {
    static const bool loaded = (initShaderResources(), true);
    (void)loaded;
    QFile f(":/shaders/" + file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    const bool es = QOpenGLContext::currentContext() && QOpenGLContext::currentContext()->isOpenGLES();
    QByteArray header = es ? "#version 300 es\nprecision highp float;\n" : "#version 330 core\n";
    return header + inputs + f.readAll();
}

}  // namespace

Outcome<std::unique_ptr<QOpenGLShaderProgram>> buildProgram(const QString& vertex, const QString& fragment,
                                                            const VertexLayout* layout) {
    const QString name = vertex == fragment ? vertex : vertex + "+" + fragment;
    auto program = std::make_unique<QOpenGLShaderProgram>();
    const QByteArray vs = readShader(vertex + ".vert", layout ? glslInputs(*layout) : QByteArray());
    if (vs.isEmpty()) return Diagnostic::error("OpenGL", "missing shader " + vertex.toStdString() + ".vert");
    const QByteArray fs = readShader(fragment + ".frag", QByteArray());
    if (fs.isEmpty()) return Diagnostic::error("OpenGL", "missing shader " + fragment.toStdString() + ".frag");
    if (!program->addShaderFromSourceCode(QOpenGLShader::Vertex, vs) ||
        !program->addShaderFromSourceCode(QOpenGLShader::Fragment, fs) || !program->link())
        return Diagnostic::error("OpenGL", "shader '" + name.toStdString() + "': " + program->log().toStdString());
    return program;
}

}  // namespace pa
