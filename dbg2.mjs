import('@payloadcms/richtext-lexical').then(()=>console.log('ok'), e=>console.log('err', e))
setTimeout(()=>console.log('timer'), 3000)
