async def g():
 with x, z:
  async for x in y:
   try:
    while x:
     match x:
      case 1:
       async for x in y:
        try:
         try:
          try:
           if a: return x
           try:
            pass
           except E:
            pass
           else:
            async for x in y:
             try:
              if a: break
              try:
               pass
              except* E:
               while x:
                with x, z:
                 try:
                  match x:
                   case 1:
                    try:
                     pass
                    except E as e:
                     try:
                      if a: break
                      try:
                       pass
                      finally:
                       try:
                        pass
                       finally:
                        async for x in y:
                         try:
                          pass
                         except E:
                          pass
                         else:
                          try:
                           pass
                          finally:
                           pass
                     finally:
                      for x in y: pass
                 except E:
                  pass
                 finally:
                  pass
             finally:
              for x in y: pass
          finally:
           for x in y: pass
         except E:
          pass
         finally:
          pass
        except E:
         pass
   except E:
    pass
